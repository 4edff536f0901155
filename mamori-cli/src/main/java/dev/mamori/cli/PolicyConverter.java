package dev.mamori.cli;

import dev.mamori.pentest.policy.PenTestPolicy;
import dev.mamori.pentest.policy.Policies;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --policy 2018|current}: an unknown version is a usage error (exit 2). */
final class PolicyConverter implements ITypeConverter<PenTestPolicy> {
  @Override
  public PenTestPolicy convert(String value) {
    return Policies.byId(value).orElseThrow(() ->
        new TypeConversionException("expected one of " + String.join(", ", Policies.IDS) + ", found \"" + value + "\""));
  }
}
