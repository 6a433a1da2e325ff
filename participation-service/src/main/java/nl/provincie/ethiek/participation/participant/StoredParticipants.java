package nl.provincie.ethiek.participation.participant;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A table owner that stores participant ids beside their conversation. The pseudonym migration
 * (docs/adr/0031) reads and rewrites them through each owner, so that only the owner names its
 * table (docs/adr/0059).
 */
public interface StoredParticipants {

  /** A participant id as stored in a conversation. */
  record Stored(UUID conversation, UUID participant) {}

  /** The id {@code from} in {@code conversation} becomes {@code to}. */
  record Rename(UUID conversation, UUID from, UUID to) {}

  /** Adds every (conversation, participant) pair this owner stores. */
  void collectParticipants(Collection<Stored> into);

  /** Rewrites the stored ids, in the caller's transaction. */
  void renameParticipants(List<Rename> renames);
}
