package dev.rapport.activity.insight;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CadenceRepository implements PanacheRepositoryBase<Cadence, Cadence.Key> {}
