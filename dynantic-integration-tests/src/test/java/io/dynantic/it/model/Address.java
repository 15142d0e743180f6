package io.dynantic.it.model;

import jakarta.validation.constraints.Size;
import java.util.Set;

public record Address(
        String street, String city, @Size(max = 10) String zip, Set<String> labels) {}
