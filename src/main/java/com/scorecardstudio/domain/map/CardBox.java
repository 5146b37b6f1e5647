package com.scorecardstudio.domain.map;

/** A card's rectangle on the map, in map units (top-left corner, size). */
public record CardBox(long goalId, double x, double y, double width, double height) {
    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public boolean overlaps(CardBox o) {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    /** Where the line from the centre towards (tx, ty) leaves the box: where an arrow starts or ends. */
    public double[] edgeToward(double tx, double ty) {
        double dx = tx - centerX();
        double dy = ty - centerY();
        if (dx == 0 && dy == 0) {
            return new double[] {centerX(), centerY()};
        }
        double sx = dx == 0 ? Double.MAX_VALUE : (width / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (height / 2) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new double[] {centerX() + dx * s, centerY() + dy * s};
    }

    public CardBox at(double newX, double newY) {
        return new CardBox(goalId, newX, newY, width, height);
    }

    /** The same corner, another height (a card whose title needs another number of lines). */
    public CardBox withHeight(double newHeight) {
        return new CardBox(goalId, x, y, width, newHeight);
    }
}
