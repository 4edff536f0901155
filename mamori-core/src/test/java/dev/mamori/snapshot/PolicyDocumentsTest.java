package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolicyDocumentsTest {
  @Test
  void urlEncodedDocumentIsDecodedAsRfc3986() {
    String encoded = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C"
        + "%22Action%22%3A%22s3%3AGet*%22%2C%22Resource%22%3A%22arn%3Aaws%3As3%3A%3A%3Aa+b%2F%C3%A9%22%7D%5D%7D";
    assertThat(PolicyDocuments.fromText(encoded).json()).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":[{"
        + "\"Effect\":\"Allow\",\"Action\":\"s3:Get*\",\"Resource\":\"arn:aws:s3:::a+b/é\"}]}");
  }

  @Test
  void plainJsonStringIsKeptAsItIs() {
    assertThat(PolicyDocuments.fromText(" {\"Version\": \"2012-10-17\"} ").json()).isEqualTo("{\"Version\": \"2012-10-17\"}");
  }

  @Test
  void badEscapeIsNamed() {
    assertThatThrownBy(() -> PolicyDocuments.fromText("%7B%22Version%2"))
        .hasMessage("bad URL encoding: \"%2\" at character 14 is not a %XX escape");
    assertThatThrownBy(() -> PolicyDocuments.fromText("%7B%ZZ%7D"))
        .hasMessage("bad URL encoding: \"%ZZ\" at character 4 is not a %XX escape");
    assertThatThrownBy(() -> PolicyDocuments.fromText("%7B%FF%7D"))
        .hasMessage("bad URL encoding: the escapes do not spell UTF-8 text");
  }

  @Test
  void textThatIsNotAJsonObjectIsRefused() {
    assertThatThrownBy(() -> PolicyDocuments.fromText("allow everything"))
        .hasMessageStartingWith("the policy is not valid JSON: Unrecognized token 'allow'");
    assertThatThrownBy(() -> PolicyDocuments.fromText("[1]"))
        .hasMessage("expected a policy document (a JSON object), found an array");
    assertThatThrownBy(() -> PolicyDocuments.fromText("{} {}"))
        .hasMessageStartingWith("the policy is not valid JSON: Trailing token");
    assertThatThrownBy(() -> PolicyDocuments.fromText("%7B%22a%22%3A%7D"))
        .hasMessageStartingWith("the policy (URL-decoded) is not valid JSON: Unexpected character ('}'");
  }
}
