package dev.mamori.responsibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SharedResponsibilityModelTest {
  private final SharedResponsibilityModel model = SharedResponsibilityModel.bundled();

  @Test
  void whitepaperServicesHaveTheirModels() {
    assertThat(model.service("ec2").orElseThrow().model()).isEqualTo(ServiceModel.INFRASTRUCTURE);
    assertThat(model.service("EBS").orElseThrow().model()).isEqualTo(ServiceModel.INFRASTRUCTURE);
    assertThat(model.service("vpc").orElseThrow().model()).isEqualTo(ServiceModel.INFRASTRUCTURE);
    assertThat(model.service("rds").orElseThrow().model()).isEqualTo(ServiceModel.CONTAINER);
    assertThat(model.service("emr").orElseThrow().model()).isEqualTo(ServiceModel.CONTAINER);
    assertThat(model.service("s3").orElseThrow().model()).isEqualTo(ServiceModel.ABSTRACTED);
    assertThat(model.service("dynamodb").orElseThrow().model()).isEqualTo(ServiceModel.ABSTRACTED);
  }

  @Test
  void otherCommonServicesArePlaced() {
    for (String s : new String[] {"lambda", "ecs", "eks", "kms", "iam", "cloudfront"}) {
      assertThat(model.service(s)).as(s).isPresent();
    }
  }

  @Test
  void customerItemsAreTheDesignItems() {
    assertThat(ids(model.model(ServiceModel.INFRASTRUCTURE))).containsExactly(
        "ami", "operating-system", "applications", "data-in-transit", "data-at-rest", "data-stores", "credentials",
        "policies-and-configuration");
    assertThat(ids(model.model(ServiceModel.CONTAINER))).containsExactly("stored-data", "firewall-rules", "data-encryption");
    assertThat(ids(model.model(ServiceModel.ABSTRACTED)))
        .containsExactly("data-management-and-encryption", "access-permissions");
  }

  @Test
  void theMoreAbstractTheModelTheMoreAwsManages() {
    int infrastructure = model.model(ServiceModel.INFRASTRUCTURE).aws().size();
    int container = model.model(ServiceModel.CONTAINER).aws().size();
    int abstracted = model.model(ServiceModel.ABSTRACTED).aws().size();
    assertThat(infrastructure).isLessThan(container);
    assertThat(container).isLessThan(abstracted);
    assertThat(model.model(ServiceModel.CONTAINER).aws()).extracting(AwsResponsibility::id).contains("operating-system");
    assertThat(model.model(ServiceModel.INFRASTRUCTURE).aws()).extracting(AwsResponsibility::id)
        .doesNotContain("operating-system");
  }

  @Test
  void aServiceMayAddItemsToItsModel() {
    assertThat(model.service("iam").orElseThrow().customer()).extracting(ResponsibilityItem::id)
        .containsExactly("data-management-and-encryption", "access-permissions", "credentials");
  }

  @Test
  void theDataNamesItsSources() {
    assertThat(model.sources()).extracting(Source::url)
        .contains("https://aws.amazon.com/compliance/shared-responsibility-model/");
  }

  @Test
  void unknownNamesInTheDataAreRefused() throws Exception {
    String data = "{\"sources\":[{\"title\":\"t\",\"url\":\"u\",\"usedFor\":\"x\"}],\"aws\":{},\"items\":{},"
        + "\"models\":{\"infrastructure\":{\"description\":\"d\",\"aws\":[],\"customer\":[\"nope\"]}}}";
    assertThatThrownBy(() -> SharedResponsibilityModel.parse(new ObjectMapper().readTree(data)))
        .hasMessageContaining("unknown customer item nope");
  }

  private static java.util.List<String> ids(ModelResponsibilities m) {
    return m.customer().stream().map(ResponsibilityItem::id).toList();
  }
}
