package dev.mamori.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonObjectTest {

  @Test
  void findsFieldsOfSmallAndLargeObjectsAndKeepsTheirOrder() {
    for (int size : new int[] {1, 8, 9, 40, 200}) {
      JsonObject o = new JsonObject();
      for (int i = 0; i < size; i++) {
        o.put("field" + i, i);
      }
      o.put("field0", "again"); // a repeated name: first place, last value
      assertThat(o.size()).isEqualTo(size);
      for (int i = 0; i < size; i++) {
        assertThat(o.name(i)).isEqualTo("field" + i);
        assertThat(o.indexOf(new String("field" + i))).isEqualTo(i); // found by value, not identity
      }
      assertThat(o.value(0)).isEqualTo("again");
      assertThat(o.indexOf("missing")).isEqualTo(-1);
    }
  }

  @Test
  void remembersWhichFieldsWereReadBeyondSixtyFour() {
    JsonObject o = new JsonObject();
    for (int i = 0; i < 150; i++) {
      o.put("f" + i, i);
    }
    for (int i = 0; i < 150; i++) {
      if (i != 3 && i != 64 && i != 149) {
        o.markRead(i);
      }
    }
    assertThat(o.allRead()).isFalse();
    assertThat(o.isRead(3)).isFalse();
    assertThat(o.isRead(64)).isFalse();
    assertThat(o.isRead(149)).isFalse();
    assertThat(o.isRead(65)).isTrue();
    o.markRead(3);
    o.markRead(64);
    o.markRead(149);
    assertThat(o.allRead()).isTrue();
  }

  @Test
  void anObjectOfSixtyFourFieldsIsAllReadWhenEachIs() {
    JsonObject o = new JsonObject();
    for (int i = 0; i < 64; i++) {
      o.put("f" + i, i);
    }
    for (int i = 0; i < 63; i++) {
      o.markRead(i);
    }
    assertThat(o.allRead()).isFalse();
    o.markRead(63);
    assertThat(o.allRead()).isTrue();
  }
}
