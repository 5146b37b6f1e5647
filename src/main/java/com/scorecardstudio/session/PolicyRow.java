package com.scorecardstudio.session;

import com.scorecardstudio.session.EditTracker;
import com.scorecardstudio.domain.CustomerPolicy;
import com.scorecardstudio.domain.PolicyCheck;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One of the eight customer policies as the checklist edits it. Status null: not discussed yet. */
public final class PolicyRow {
    private final CustomerPolicy policy;
    final ObjectProperty<CustomerPolicy.Status> status = new SimpleObjectProperty<>();
    final StringProperty note = new SimpleStringProperty("");
    EditTracker tracker;
    /** As this laptop last saw it stored, or last asked to store it (FX thread): what its next write expects. */
    PolicyCheck seen;

    PolicyRow(CustomerPolicy policy) {
        this.policy = policy;
        this.seen = new PolicyCheck(policy, null, "");
    }

    public CustomerPolicy policy() {
        return policy;
    }

    /** Setting it is one undo step, saved at once. */
    public ObjectProperty<CustomerPolicy.Status> statusProperty() {
        return status;
    }

    /** Typing here is saved after a pause; each burst is one undo step. */
    public StringProperty noteProperty() {
        return note;
    }

    PolicyCheck toCheck() {
        return new PolicyCheck(policy, status.get(), Notes.clip(note.get()));
    }
}
