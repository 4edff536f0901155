package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeTest {

  @Test
  void reportsUnknownFieldsObjectByObjectInTheOrderTheReaderLookedAtThem() {
    Node n = Node.element(tree("{\"A\": {\"a1\": \"v\", \"x\": 1}, \"B\": [{\"y\": 1}, {\"b\": \"x\", \"z\": 1}], \"C\": {\"w\": 1},"
        + " \"Ignored\": {\"v\": 1}, \"Unknown\": 1}"), "Things", 3);
    n.ignore("Ignored");
    n.objects("B").get(1).text("b");
    n.object("A").optText("a1");
    List<String> reported = new ArrayList<>();
    n.collectUnknownFields((at, field) -> reported.add(at + "." + field));
    // B was looked at before A; C was never looked at; Ignored was declared known.
    assertThat(reported).containsExactly("$.Things[3].C", "$.Things[3].Unknown", "$.Things[3].B[0].y",
        "$.Things[3].B[1].z", "$.Things[3].A.x");
  }

  @Test
  void namesTheFullPathOfAnError() {
    Node n = Node.element(tree("{\"Rules\": [{\"Ports\": {\"From\": \"x\"}}]}"), "Groups", 7);
    assertThatThrownBy(() -> n.objects("Rules").get(0).object("Ports").optInteger("From"))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.path()).isEqualTo("$.Groups[7].Rules[0].Ports.From");
          assertThat(e.getMessage()).isEqualTo("expected an integer, found the string \"x\"");
        });
  }

  @Test
  void aJsonNullIsAMissingValue() {
    Node n = Node.root(tree("{\"a\": null, \"b\": \"x\"}"));
    assertThat(n.has("a")).isFalse();
    assertThat(n.containsField("a")).isTrue();
    assertThat(n.optText("a")).isEmpty();
    assertThat(n.text("b")).isEqualTo("x");
  }

  private static Object tree(String json) {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      return JsonTreeReader.read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
