package dev.pith.meta;

import java.util.List;

/**
 * Who a byline or source line credits.
 *
 * @param people       the authors, as names of people (never an outlet), possibly empty
 * @param organisation the agency or outlet credited, or null
 */
public record Credit(List<String> people, String organisation) {
    public Credit {
        people = List.copyOf(people);
    }

    /** Whether the line credits anyone. */
    public boolean isEmpty() {
        return people.isEmpty() && organisation == null;
    }
}
