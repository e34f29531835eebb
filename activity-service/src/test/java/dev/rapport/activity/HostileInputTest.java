package dev.rapport.activity;

import dev.rapport.common.testing.HostileInput;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of the committed contract, sent hostile variants: no 5xx, every 4xx problem+json.
 */
@QuarkusTest
class HostileInputTest extends HostileInput {}
