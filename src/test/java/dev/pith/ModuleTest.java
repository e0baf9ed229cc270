package dev.pith;

import org.junit.jupiter.api.Test;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The tests run inside the named module {@code dev.pith}, so the resources (lexicons, language
 * profiles) every other test depends on are proven to load from it, not from a class path.
 */
class ModuleTest {

    @Test
    void pithIsANamedModuleExportingOnlyItsApi() {
        Module module = Pith.class.getModule();
        assertEquals("dev.pith", module.getName());
        ModuleDescriptor descriptor = module.getDescriptor();
        Set<String> exported = descriptor.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertEquals(Set.of("dev.pith", "dev.pith.archive"), exported);
        assertEquals(Set.of("com.ibm.icu", "java.base", "org.jsoup", "jwarc"),
                descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
    }

    @Test
    void builtInDataLoadsFromTheModule() {
        // The lexicons and the language profiles are read when the first page is cleaned.
        Article a = Pith.defaults().clean(Page.text("Council approves the new rail line\n\n"
                + "The city council approved the new rail line on Monday after a debate that lasted more than six hours.\n"));
        assertEquals("en", a.language());
        assertFalse(a.isEmpty());
    }
}
