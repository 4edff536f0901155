package dev.mamori.model;

import java.util.Optional;
import java.util.function.Function;

/**
 * A piece of configuration that a snapshot may or may not hold. AWS answers some reads with an error
 * that means "there is none" (for example {@code NoSuchBucketPolicy}); that is very different from
 * not having asked at all. Checks must tell the two apart: a confirmed absence can fail a check, a
 * read that was never made can only leave it "not evaluated".
 */
public sealed interface Collected<T> {

  /** The configuration was read and exists. */
  record Present<T>(T value) implements Collected<T> {}

  /** AWS answered with an error that confirms there is no such configuration. */
  record ConfirmedAbsent<T>(String errorCode) implements Collected<T> {}

  /** The snapshot does not say: the read was never made. */
  record NotCollected<T>() implements Collected<T> {}

  static <T> Collected<T> present(T value) {
    return new Present<>(value);
  }

  static <T> Collected<T> absent(String errorCode) {
    return new ConfirmedAbsent<>(errorCode);
  }

  @SuppressWarnings("unchecked")
  static <T> Collected<T> notCollected() {
    return (Collected<T>) NOT_COLLECTED;
  }

  /** Shared instance: {@link NotCollected} carries no data. */
  Collected<?> NOT_COLLECTED = new NotCollected<>();

  default boolean isPresent() {
    return this instanceof Present<T>;
  }

  default boolean isConfirmedAbsent() {
    return this instanceof ConfirmedAbsent<T>;
  }

  default boolean isCollected() {
    return !(this instanceof NotCollected<T>);
  }

  /** The value when present; empty when confirmed absent or not collected. */
  default Optional<T> asOptional() {
    return this instanceof Present<T> p ? Optional.of(p.value()) : Optional.empty();
  }

  default <R> Collected<R> map(Function<? super T, ? extends R> f) {
    if (this instanceof Present<T> p) {
      return new Present<>(f.apply(p.value()));
    }
    @SuppressWarnings("unchecked")
    Collected<R> same = (Collected<R>) this;
    return same;
  }
}
