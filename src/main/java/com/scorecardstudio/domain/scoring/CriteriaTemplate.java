package com.scorecardstudio.domain.scoring;

import com.scorecardstudio.domain.Text;
import java.util.List;

/** A set of criteria saved under a name for later sessions; not tied to any session. */
public record CriteriaTemplate(Long id, String name, List<Criterion> criteria) {
    public CriteriaTemplate {
        name = Text.clean(name);
        criteria = List.copyOf(criteria);
    }
}
