package io.cashtrail.ui.export;

/** A screen whose current view can be exported (File → Export… calls it). */
public interface Exportable {
    void exportView();
}
