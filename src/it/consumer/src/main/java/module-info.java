/** A user of Pith on the module path: it may read only what dev.pith exports. */
module example.consumer {
    requires dev.pith;

    exports example.consumer;
}
