package io.cashtrail.ui.orderdetail;

import io.cashtrail.domain.ValidationResult;
import io.cashtrail.i18n.Formats;
import io.cashtrail.i18n.Messages;
import io.cashtrail.service.OrderDetail;
import io.cashtrail.ui.common.Form;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.util.StringConverter;

/**
 * The dialog form of one order record: subclasses add their fields, read them back into a record and
 * check it. Field names are "kind.component" (e.g. "payment.amount"): the label is the message of
 * that key, the node id is "order-payment-amount" and validation issues use the same name.
 */
abstract class RecordForm<T> {
    protected final Form form = new Form();
    protected final T existing;
    /** The order the record belongs to, the record's id (0 when new) and the version it was loaded at. */
    protected final long orderId;
    protected final long id;
    protected final int version;
    private final String kind;

    RecordForm(String kind, OrderDetail detail, T existing, ToLongFunction<T> idOf, ToIntFunction<T> versionOf) {
        this.kind = kind;
        this.existing = existing;
        this.orderId = detail.order().id();
        this.id = existing == null ? 0 : idOf.applyAsLong(existing);
        this.version = existing == null ? 0 : versionOf.applyAsInt(existing);
    }

    /** Reads the fields into a record; unparsable fields are marked (see {@link Form#hasParseErrors()}). */
    abstract T read();

    /** Errors block saving; use the check helpers below. */
    abstract ValidationResult validate(T record);

    Node node() {
        return form.node();
    }

    Form form() {
        return form;
    }

    /** A value of the record being edited, or null for a new one. */
    protected <V> V old(Function<T, V> getter) {
        return existing == null ? null : getter.apply(existing);
    }

    protected String field(String name) {
        return kind + "." + name;
    }

    private <N extends Node> N named(String name, N node) {
        node.setId("order-" + kind + "-" + name);
        return node;
    }

    /** Adds a field made by one of the {@link Form} factories, labelled by the message "kind.name". */
    protected <N extends Node> N add(String name, BiFunction<String, String, N> factory) {
        return named(name, factory.apply(field(name), Messages.get(field(name))));
    }

    protected TextField text(String name, String value) {
        TextField t = add(name, form::text);
        t.setText(value);
        return t;
    }

    protected TextField amount(String name, BigDecimal value) {
        TextField t = text(name, Formats.amount(value));
        t.setAlignment(Pos.CENTER_RIGHT);
        t.setPromptText("0.00");
        return t;
    }

    protected DatePicker date(String name, LocalDate value) {
        DatePicker d = add(name, form::date);
        d.setValue(value);
        return d;
    }

    protected TextArea area(String name, String value) {
        TextArea a = add(name, form::area);
        a.setPrefRowCount(2);
        a.setText(value);
        return a;
    }

    /** A drop-down of fixed choices shown with {@code show}. */
    protected <E> ComboBox<E> choice(String name, List<E> items, E value, Function<E, String> show) {
        ComboBox<E> c = add(name, form::combo);
        c.getItems().setAll(items);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : show.apply(e);
            }

            @Override
            public E fromString(String s) {
                return items.stream().filter(e -> show.apply(e).equals(s)).findFirst().orElse(null);
            }
        });
        c.setValue(value == null ? items.get(0) : value);
        return c;
    }

    protected BigDecimal amountOf(String name, TextField t) {
        return form.amount(field(name), t);
    }

    protected LocalDate dateOf(String name, DatePicker d) {
        return form.date(field(name), d);
    }

    protected Integer integerOf(String name, TextField t) {
        return form.integer(field(name), t);
    }

    protected static String textOf(TextInputControl t) {
        return Form.blankToNull(t.getText());
    }

    protected void required(ValidationResult r, String name, Object value) {
        if (value == null) {
            r.error(field(name), "validation.required");
        }
    }

    /** Blank is allowed unless required; too long is an error. */
    protected void length(ValidationResult r, String name, String value, int max, boolean isRequired) {
        if (isRequired) {
            required(r, name, value);
        }
        if (value != null && value.length() > max) {
            r.error(field(name), "validation.tooLong", max);
        }
    }

    /** Required when asked; not negative unless allowed; at most two decimals; not absurdly large. */
    protected void amount(ValidationResult r, String name, BigDecimal value, boolean isRequired,
            boolean mayBeNegative) {
        if (value == null) {
            if (isRequired) {
                required(r, name, null);
            }
        } else if (value.signum() < 0 && !mayBeNegative) {
            r.error(field(name), "validation.negative");
        } else if (value.stripTrailingZeros().scale() > 2) {
            r.error(field(name), "validation.cents");
        } else if (value.precision() - value.scale() > 17) {
            r.error(field(name), "validation.tooLarge");
        }
    }

    /** A later date may not lie before an earlier one (delivered before shipped and the like). */
    protected void notBefore(ValidationResult r, String name, LocalDate later, LocalDate earlier, String key) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            r.error(field(name), key);
        }
    }
}
