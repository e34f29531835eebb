package dev.rapport.recommendation;

import dev.rapport.common.testing.OpenApiContract;

/** The committed contracts/<service>.yaml is the document the code generates. */
class OpenApiContractIT extends OpenApiContract {}
