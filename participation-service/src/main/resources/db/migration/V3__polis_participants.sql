-- The number a participant has in pol.is exports (voter-id): the imported one, or assigned in order
-- of first vote when a conversation is first exported.
create table polis_participant (
    conversation_id  uuid    not null references conversation (id),
    voter_id         integer not null,
    participant_id   uuid    not null,
    primary key (conversation_id, voter_id),
    unique (conversation_id, participant_id)
);
