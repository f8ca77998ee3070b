package org.reconnect.homework.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.reconnect.homework.entity.BidBy;
import org.reconnect.homework.entity.BidKind;
import org.reconnect.homework.entity.BidResponse;
import org.reconnect.homework.entity.Cadence;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;

import java.util.List;

/** The homework capability's values for selects: cadences, visibility, homework types, the parts of a micro-moment, ratings. */
@Named
@ApplicationScoped
public class HomeworkChoices {

    public List<Cadence> getCadences() {
        return List.of(Cadence.values());
    }

    public List<Visibility> getVisibilities() {
        return List.of(Visibility.values());
    }

    public List<HomeworkType> getHomeworkTypes() {
        return List.of(HomeworkType.values());
    }

    public List<BidBy> getBidBys() {
        return List.of(BidBy.values());
    }

    public List<BidKind> getBidKinds() {
        return List.of(BidKind.values());
    }

    public List<BidResponse> getResponses() {
        return List.of(BidResponse.values());
    }

    /** Ratings 1 to 10, for the rating buttons. */
    public List<Integer> getRatings() {
        return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }
}
