package dk.puljeflow.deployment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.springframework.stereotype.Component;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks every file of a set before the engine sees it, so a broken file is reported by name and line
 * instead of as a half-made deployment. The engine's own parse (done at deploy) adds semantic checks.
 */
@Component
public class ModelValidator {

  private static final Pattern SAX_LOCATION = Pattern.compile("Line=(\\d+): (.*)", Pattern.DOTALL);

  private final ObjectMapper json = new ObjectMapper();

  public void validate(ModelSet set) {
    List<ModelProblem> problems = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : set.files().entrySet()) {
      String name = file.getKey();
      byte[] bytes = file.getValue();
      if (name.endsWith(".bpmn")) {
        checkXml(name, () -> Bpmn.readModelFromStream(new ByteArrayInputStream(bytes)), problems);
      } else if (name.endsWith(".dmn")) {
        checkXml(name, () -> Dmn.readModelFromStream(new ByteArrayInputStream(bytes)), problems);
      } else if (name.endsWith(".form")) {
        checkForm(name, bytes, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidModelException(problems, null);
    }
  }

  private static void checkXml(String name, Runnable parse, List<ModelProblem> problems) {
    try {
      parse.run();
    } catch (RuntimeException e) {
      SAXParseException parseError = findCause(e, SAXParseException.class);
      SAXException sax = findCause(e, SAXException.class);
      if (parseError != null) {
        problems.add(new ModelProblem(name, parseError.getLineNumber(), parseError.getMessage()));
      } else if (sax != null) {
        // Camunda's model API reports "Fatal Error: URI=null Line=12: <message>".
        Matcher located = SAX_LOCATION.matcher(String.valueOf(sax.getMessage()));
        problems.add(located.find()
            ? new ModelProblem(name, Integer.parseInt(located.group(1)), located.group(2))
            : new ModelProblem(name, 0, sax.getMessage()));
      } else {
        problems.add(new ModelProblem(name, 0, e.getMessage()));
      }
    }
  }

  private void checkForm(String name, byte[] bytes, List<ModelProblem> problems) {
    try {
      JsonNode form = json.readTree(bytes);
      if (form == null || !form.path("id").isTextual() || form.path("id").asText().isBlank()) {
        problems.add(new ModelProblem(name, 1, "form has no \"id\"; camunda:formRef finds forms by it"));
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.add(new ModelProblem(name, line, e.getOriginalMessage()));
    } catch (IOException e) {
      problems.add(new ModelProblem(name, 0, e.getMessage()));
    }
  }

  private static <T extends Throwable> T findCause(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
