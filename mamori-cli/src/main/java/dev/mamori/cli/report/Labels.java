package dev.mamori.cli.report;

import dev.mamori.responsibility.ResponsibilityItem;
import dev.mamori.responsibility.SharedResponsibilityModel;

/** Human names for responsibility items. */
final class Labels {
  private Labels() {}

  static String responsibility(String id) {
    return SharedResponsibilityModel.bundled().item(id).map(ResponsibilityItem::title).orElse(id);
  }

  static String model(String id) {
    return SharedResponsibilityModel.bundled().item(id).map(i -> i.model().id()).orElse("");
  }
}
