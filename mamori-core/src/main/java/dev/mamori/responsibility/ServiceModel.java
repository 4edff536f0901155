package dev.mamori.responsibility;

import java.util.Locale;
import java.util.Optional;

/**
 * The three service models of the AWS Security Best Practices whitepaper: the more AWS runs, the
 * less the customer has to.
 */
public enum ServiceModel {
  /** EC2, EBS, VPC: the customer runs everything from the guest operating system up. */
  INFRASTRUCTURE,
  /** RDS, EMR: AWS runs the operating system and the platform too. */
  CONTAINER,
  /** S3, DynamoDB: AWS runs the whole platform behind an API endpoint. */
  ABSTRACTED;

  /** The name used in data files and output: {@code infrastructure}, {@code container}, {@code abstracted}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ServiceModel> fromId(String id) {
    for (ServiceModel m : values()) {
      if (m.id().equals(id)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
