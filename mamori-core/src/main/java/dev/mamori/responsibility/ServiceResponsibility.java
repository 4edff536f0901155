package dev.mamori.responsibility;

import java.util.List;
import java.util.Optional;

/**
 * The split of responsibilities for one AWS service: its model, what AWS manages, what the
 * customer manages ({@code customer} is the model's items plus any the service adds).
 */
public record ServiceResponsibility(
    String service,
    String name,
    ServiceModel model,
    List<AwsResponsibility> aws,
    List<ResponsibilityItem> customer,
    Optional<String> note,
    String source) {

  public ServiceResponsibility {
    aws = List.copyOf(aws);
    customer = List.copyOf(customer);
  }
}
