package dk.puljeflow.pool;

import dk.puljeflow.signature.SignerRole;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a pool's signer roles as one comma-separated column, in the enum's order. */
@Converter
class SignerRolesConverter implements AttributeConverter<Set<SignerRole>, String> {

  @Override
  public String convertToDatabaseColumn(Set<SignerRole> roles) {
    return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<SignerRole> convertToEntityAttribute(String column) {
    Set<SignerRole> roles = EnumSet.noneOf(SignerRole.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(",")).map(String::trim).map(SignerRole::valueOf).forEach(roles::add);
    }
    return roles;
  }
}
