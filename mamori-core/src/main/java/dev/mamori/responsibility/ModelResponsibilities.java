package dev.mamori.responsibility;

import java.util.List;

/** What AWS manages and what the customer manages under one service model. */
public record ModelResponsibilities(
    ServiceModel model, String description, List<AwsResponsibility> aws, List<ResponsibilityItem> customer) {

  public ModelResponsibilities {
    aws = List.copyOf(aws);
    customer = List.copyOf(customer);
  }
}
