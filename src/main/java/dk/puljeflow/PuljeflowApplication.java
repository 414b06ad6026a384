package dk.puljeflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PuljeflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(PuljeflowApplication.class, args);
  }
}
