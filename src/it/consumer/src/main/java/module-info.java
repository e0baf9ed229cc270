/** A crawler module that uses Pith as a named module. */
module example.consumer {
    requires dev.pith;

    exports example;
}
