package dk.puljeflow.notification;

import dk.puljeflow.link.PersonalLinks;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the Danish letters in src/main/resources/mail/, one Thymeleaf text template per kind of
 * notice: the first line is the subject, the rest the body. A template that cannot be rendered fails
 * the sending job, which the engine retries and then shows as an incident with the cause.
 */
@Component
class MailTemplates {

  /** The fact naming the personal link a letter carries (see {@link PersonalLinks}). */
  static final String LINK_ID = Notice.LINK_ID;

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private final PersonalLinks links;

  MailTemplates(PersonalLinks links) {
    this.links = links;
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("mail/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    engine.setTemplateResolver(resolver);
  }

  RenderedMail render(NoticeType type, Map<String, String> facts) {
    Map<String, Object> variables = new HashMap<>(facts);
    // The notice stores which link, never the token: the address is derived only as the letter goes out.
    if (facts.containsKey(LINK_ID)) {
      variables.put("link", links.addressOf(Long.valueOf(facts.get(LINK_ID))));
    }
    String text = engine.process(templateName(type), new Context(Locale.forLanguageTag("da-DK"), variables));
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
