package dk.puljeflow.privacy;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the {@code @Scheduled} jobs: the nightly anonymisation sweep. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PrivacyScheduling {}
