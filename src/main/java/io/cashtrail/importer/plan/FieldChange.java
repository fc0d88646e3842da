package io.cashtrail.importer.plan;

/**
 * One field an import row changes on an existing record (entity "contract" or "order", field as
 * {@link FieldCodec} names it), with the values as text, for the preview (old → new).
 */
public record FieldChange(String entity, String label, String field, String oldValue, String newValue) {
}
