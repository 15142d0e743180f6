package io.dynantic.local.expression;

/** One action of an update expression. Every implementation is an immutable, thread-safe record. */
public sealed interface UpdateAction
        permits UpdateAction.SetAction, UpdateAction.RemoveAction, UpdateAction.AddAction, UpdateAction.DeleteAction {

    /** The path the action changes. */
    Path path();

    /** {@code SET path = value}. */
    record SetAction(Path path, Operand value) implements UpdateAction {}

    /** {@code REMOVE path}. */
    record RemoveAction(Path path) implements UpdateAction {}

    /** {@code ADD path value}. */
    record AddAction(Path path, Operand value) implements UpdateAction {}

    /** {@code DELETE path value}. */
    record DeleteAction(Path path, Operand value) implements UpdateAction {}
}
