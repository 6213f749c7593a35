package io.tideline.api.example.v1;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;

/** A test-only kind, found by CrdPostProcessor's package convention like the real ones. */
@Group("example.toolkit.fluxcd.io")
@Version("v1")
@Kind("Widget")
public class Widget extends CustomResource<WidgetSpec, Void> implements Namespaced {}
