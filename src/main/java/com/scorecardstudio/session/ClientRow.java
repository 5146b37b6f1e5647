package com.scorecardstudio.session;

import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.Placement;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** One client as the page shows it: its details, its scores by criterion id and where it landed. */
public final class ClientRow {
    private final ObjectProperty<Client> client;
    private final ObservableMap<Long, Integer> scores;
    private final ObjectProperty<Placement> placement = new SimpleObjectProperty<>();

    public ClientRow(Client client, Map<Long, Integer> scores) {
        this.client = new SimpleObjectProperty<>(client);
        this.scores = FXCollections.observableHashMap();
        this.scores.putAll(scores);
    }

    public long id() {
        return client.get().id();
    }

    public Client client() {
        return client.get();
    }

    public ObjectProperty<Client> clientProperty() {
        return client;
    }

    public ObservableMap<Long, Integer> scores() {
        return scores;
    }

    public ObjectBinding<Integer> score(long criterionId) {
        return Bindings.valueAt(scores, criterionId);
    }

    public Placement placement() {
        return placement.get();
    }

    public ObjectProperty<Placement> placementProperty() {
        return placement;
    }
}
