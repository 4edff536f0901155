package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadContextTest {

  @Test
  void generalisesArrayIndexesAsTheRegularExpressionDid() {
    List<String> paths = List.of("", "$", "$.A[0]", "$.A[12].B[3].C", "$.A[1][2]", "$.A[]", "$.A[", "$.A[12a]",
        "$.A[007]", "$.A[\uFF11]", "$.A[1", "[3]", "$.A]0[", "$.A[[1]]", "$.Key[99999999999999999999]");
    for (String p : paths) {
      assertThat(ReadContext.generalise(p)).as(p).isEqualTo(p.replaceAll("\\[\\d+]", "[*]"));
    }
  }

  @Test
  void foldsWarningsOfOneKindInOneFile() {
    ReadContext ctx = new ReadContext();
    ctx.warn("f.json", "$.A[0].X", "unknown field, ignored");
    ctx.warn("f.json", "$.A[1].X", "unknown field, ignored");
    ctx.warn("g.json", "$.A[0].X", "unknown field, ignored");
    assertThat(ctx.warnings()).extracting(Object::toString).containsExactly(
        "f.json at $.A[*].X: unknown field, ignored (2 times)",
        "g.json at $.A[0].X: unknown field, ignored");
  }
}
