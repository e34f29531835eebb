package dev.rapport.profile.positioning;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class PositioningRepository implements PanacheRepositoryBase<Positioning, UUID> {}
