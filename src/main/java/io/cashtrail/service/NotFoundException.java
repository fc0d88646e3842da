package io.cashtrail.service;

/** The record asked for no longer exists (deleted elsewhere). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String entity, long id) {
        super(entity + " " + id + " no longer exists");
    }
}
