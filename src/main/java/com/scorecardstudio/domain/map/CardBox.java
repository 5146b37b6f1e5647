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

    public CardBox at(double newX, double newY) {
        return new CardBox(goalId, newX, newY, width, height);
    }
}
