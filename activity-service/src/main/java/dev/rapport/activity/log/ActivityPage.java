package dev.rapport.activity.log;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ActivityPage",
    description = "Activities, newest first, and where the next page starts.")
public record ActivityPage(
    List<ActivityView> items,
    @Schema(
            description = "Pass as cursor for the next page; null on the last page",
            examples = "MjAyNi0xMS0yMFQxODozMDowMFp8OWQ4Yzdi")
        String nextCursor) {}
