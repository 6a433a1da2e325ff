package nl.provincie.ethiek.participation.opinion;

import java.util.List;

/** An opinion group: its in-conversation members and what characterises it (best first). */
public record Group(int id, int size, List<RepresentativeStatement> representative) {
  public Group {
    representative = List.copyOf(representative);
  }
}
