-- Erasure redacts every earlier change about the member: the member's own entries, and the
-- connections they were the addressee of (whose memberId is the requester).
CREATE INDEX member_change_member_idx ON member_change (member_id);
CREATE INDEX member_change_entity_idx ON member_change (entity_id);
CREATE INDEX member_change_addressee_idx ON member_change ((data ->> 'addresseeId'))
    WHERE entity = 'CONNECTION';
