package dk.puljeflow.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the {@code demo} profile only. */
@ConfigurationProperties("puljeflow.demo")
record DemoProperties(String password) {}
