package io.cashtrail.ui.shell;

import java.util.function.Supplier;

/** A screen (or anything) built on first use, on the FX thread. */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private T value;

    Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        if (value == null) {
            value = factory.get();
        }
        return value;
    }
}
