package dev.pith.properties;

import net.jqwik.api.Example;
import net.jqwik.api.Shrinkable;

import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 6. Shrinking works: a failing generated page shrinks to a small one a developer can read. Shrinking is
 * driven here by hand, the way jqwik does it after a failure: take the first smaller candidate that
 * still fails, until none does. The "failure" is a stand-in: any page that has furniture.
 */
class ShrinkingTest {

    @Example
    void aFailingPageShrinksToOneSmallPieceOfFurniture() {
        PipelinePropertiesTest generators = new PipelinePropertiesTest();
        Predicate<PipelinePropertiesTest.Case> fails = c -> c.parts().stream().anyMatch(p -> p instanceof Pages.Furn);
        Shrinkable<PipelinePropertiesTest.Case> current = null;
        Random random = new Random(42);
        for (int k = 0; k < 100 && (current == null || furniture(current.value()) < 3); k++) {
            current = generators.pages().generator(1000).next(random); // a page with a fair amount of furniture
        }
        assertTrue(fails.test(current.value()));
        for (int steps = 0; steps < 10_000; steps++) {
            Optional<Shrinkable<PipelinePropertiesTest.Case>> smaller = current.shrink().filter(s -> fails.test(s.value())).findFirst();
            if (smaller.isEmpty()) {
                break;
            }
            current = smaller.get();
        }
        PipelinePropertiesTest.Case shrunk = current.value();
        assertEquals(1, furniture(shrunk), shrunk.toString());
        Pages.Furn only = (Pages.Furn) shrunk.parts().stream().filter(p -> p instanceof Pages.Furn).findFirst().orElseThrow();
        // the smallest piece a generator makes: one line, or a menu's minimum of three items
        assertTrue(only.piece().lines().size() <= 3, shrunk.toString());
    }

    private static long furniture(PipelinePropertiesTest.Case c) {
        return c.parts().stream().filter(p -> p instanceof Pages.Furn).count();
    }
}
