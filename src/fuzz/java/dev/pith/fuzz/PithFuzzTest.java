package dev.pith.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pith.Article;
import dev.pith.Page;
import dev.pith.Pith;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Coverage-guided fuzzing of the whole pipeline (profile {@code fuzz}; see the README). Any exception
 * or hang is a finding: {@link Pith#clean(Page)} promises a result for any content. Findings are kept
 * as regression inputs under {@code src/fuzz/resources/dev/pith/fuzz/PithFuzzTestInputs/}.
 */
class PithFuzzTest {

    private static final Pith PITH = Pith.defaults();

    @FuzzTest(maxDuration = "60s")
    void cleanNeverFails(FuzzedDataProvider data) {
        int mode = data.consumeInt(0, 2);
        byte[] bytes = data.consumeRemainingAsBytes();
        Page page = switch (mode) {
            case 0 -> Page.bytes(bytes, null, null);
            case 1 -> Page.html(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), null);
            default -> Page.text(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        };
        Article a = PITH.clean(page);
        assertNotNull(a.language());
    }
}
