package dk.puljeflow.notification;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the Danish letters in src/main/resources/mail/, one Thymeleaf text template per kind of
 * notice: the first line is the subject, the rest the body. A template that cannot be rendered fails
 * the sending job, which the engine retries and then shows as an incident with the cause.
 */
@Component
class MailTemplates {

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  MailTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("mail/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    engine.setTemplateResolver(resolver);
  }

  RenderedMail render(NoticeType type, Map<String, String> facts) {
    String text = engine.process(templateName(type), new Context(Locale.forLanguageTag("da-DK"), Map.copyOf(facts)));
    int lineEnd = text.indexOf('\n');
    if (lineEnd < 0 || text.substring(0, lineEnd).isBlank()) {
      throw new IllegalStateException("Mail template " + templateName(type) + " must start with a subject line");
    }
    return new RenderedMail(text.substring(0, lineEnd).trim(), text.substring(lineEnd + 1).strip() + "\n", null);
  }

  static String templateName(NoticeType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
