package io.cashtrail.ui.imports;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/** Fires DRAG_OVER and DRAG_DROPPED with one file at a scene, as the OS does when a file is dropped on a window. */
final class DropSimulation {
    private DropSimulation() {
    }

    static void drop(Scene scene, Path file) {
        Dragboard board = DragboardHelper.createDragboard(new FileClipboard(List.of(file.toFile())));
        DragboardHelper.setDataAccessRestriction(board, false);
        Event.fireEvent(scene.getRoot(), new DragEvent(DragEvent.DRAG_OVER, board, 10, 10, 10, 10,
                TransferMode.COPY, null, null, null));
        Event.fireEvent(scene.getRoot(), new DragEvent(DragEvent.DRAG_DROPPED, board, 10, 10, 10, 10,
                TransferMode.COPY, null, null, null));
    }

    /** The least a dragboard needs: files to hand out. */
    private static final class FileClipboard implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();

        FileClipboard(List<File> files) {
            content.put(DataFormat.FILES, files);
        }

        @Override
        public void setSecurityContext(AccessControlContext acc) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @SafeVarargs
        @Override
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            for (Pair<DataFormat, Object> p : pairs) {
                content.put(p.getKey(), p.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat f) {
            return content.get(f);
        }

        @Override
        public boolean hasContent(DataFormat f) {
            return content.containsKey(f);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double x) {
        }

        @Override
        public void setDragViewOffsetY(double y) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
