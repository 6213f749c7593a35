#!/usr/bin/env python3
"""Writes a large, realistic kustomization tree for bench/kustomize.sh.

Layout (build root: clusters/prod-eu):
  apps/app-NNN/        base per app: Deployment, Service, ServiceAccount, Role, RoleBinding,
                       HPA, PDB, Ingress, NetworkPolicy, ConfigMap file, plus a configMapGenerator
                       (literals + file) and a secretGenerator  -> 12 objects per app
  groups/group-GG/     layer 1: lists its apps; labels, images, an SMP patch on every Deployment
  envs/prod/           layer 2: namespace, JSON6902 patches by label selector, generator merges,
                       replacements from a cluster-info ConfigMap
  clusters/prod-eu/    layer 3: namePrefix, commonAnnotations, replicas, SMP patch file, images

usage: generate-kustomize-tree.py DIR [--apps N] [--groups G]
"""
import argparse
import os

KZ = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def app_base(root, app, index):
    d = os.path.join(root, "apps", app)
    write(os.path.join(d, "kustomization.yaml"), KZ + f"""resources:
  - workload.yaml
  - network.yaml
  - rbac.yaml
  - settings.yaml
configMapGenerator:
  - name: {app}-env
    literals:
      - APP_NAME={app}
      - LOG_LEVEL=info
      - SHARD={index % 7}
    files:
      - application.properties
secretGenerator:
  - name: {app}-credentials
    literals:
      - username={app}
      - password=pw-{index:04d}
images:
  - name: example/{app}
    newTag: "1.{index % 10}.0"
""")
    write(os.path.join(d, "application.properties"),
          f"server.port=8080\nspring.application.name={app}\nfeature.cache=true\n")
    write(os.path.join(d, "workload.yaml"), f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {app}
  labels:
    app.kubernetes.io/name: {app}
    tier: {"backend" if index % 3 else "frontend"}
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: {app}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: {app}
    spec:
      serviceAccountName: {app}
      initContainers:
        - name: migrate
          image: example/{app}-migrations:1.0
          envFrom:
            - secretRef:
                name: {app}-credentials
      containers:
        - name: {app}
          image: example/{app}
          ports:
            - name: http
              containerPort: 8080
          envFrom:
            - configMapRef:
                name: {app}-env
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {app}-credentials
                  key: password
          volumeMounts:
            - name: settings
              mountPath: /etc/{app}
          resources:
            requests:
              cpu: 50m
              memory: 64Mi
      volumes:
        - name: settings
          configMap:
            name: {app}-settings
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {app}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {app}
  minReplicas: 1
  maxReplicas: 5
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 75
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {app}
spec:
  minAvailable: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: {app}
""")
    write(os.path.join(d, "network.yaml"), f"""apiVersion: v1
kind: Service
metadata:
  name: {app}
spec:
  selector:
    app.kubernetes.io/name: {app}
  ports:
    - name: http
      port: 80
      targetPort: http
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {app}
spec:
  rules:
    - host: {app}.placeholder
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: {app}
                port:
                  name: http
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {app}
spec:
  podSelector:
    matchLabels:
      app.kubernetes.io/name: {app}
  ingress:
    - ports:
        - port: 8080
""")
    write(os.path.join(d, "rbac.yaml"), f"""apiVersion: v1
kind: ServiceAccount
metadata:
  name: {app}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: {app}
rules:
  - apiGroups: [""]
    resources: ["configmaps", "secrets"]
    verbs: ["get", "list", "watch"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: {app}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: {app}
subjects:
  - kind: ServiceAccount
    name: {app}
""")
    write(os.path.join(d, "settings.yaml"), f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: {app}-settings
data:
  config.yaml: |
    app: {app}
    replicas: 1
    upstreams:
      - http://{app}-a:8080
      - http://{app}-b:8080
""")


def group(root, name, apps):
    d = os.path.join(root, "groups", name)
    resources = "".join(f"  - ../../apps/{a}\n" for a in apps)
    write(os.path.join(d, "kustomization.yaml"), KZ + f"""resources:
{resources}labels:
  - pairs:
      app.kubernetes.io/part-of: {name}
    includeTemplates: true
images:
  - name: example/{apps[0]}-migrations
    newName: registry.example.com/migrations/{apps[0]}
patches:
  - target:
      kind: Deployment
    patch: |-
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: any
      spec:
        template:
          spec:
            securityContext:
              runAsNonRoot: true
""")


def env(root, groups, apps):
    d = os.path.join(root, "envs", "prod")
    resources = "".join(f"  - ../../groups/{g}\n" for g in groups)
    merges = "".join(f"""  - name: {a}-env
    behavior: merge
    literals:
      - LOG_LEVEL=warn
      - ENVIRONMENT=prod
""" for a in apps[:20])
    write(os.path.join(d, "kustomization.yaml"), KZ + f"""namespace: shop-prod
resources:
{resources}  - cluster-info.yaml
configMapGenerator:
{merges}patches:
  - target:
      kind: Deployment
      labelSelector: tier=backend
    patch: |-
      - op: add
        path: /spec/template/spec/containers/0/env/-
        value:
          name: JAVA_TOOL_OPTIONS
          value: -XX:MaxRAMPercentage=75
      - op: replace
        path: /spec/template/spec/containers/0/resources/requests/memory
        value: 256Mi
  - target:
      kind: HorizontalPodAutoscaler
    patch: |-
      - op: replace
        path: /spec/maxReplicas
        value: 20
replacements:
  - source:
      kind: ConfigMap
      name: cluster-info
      fieldPath: data.domain
    targets:
      - select:
          kind: Ingress
        fieldPaths:
          - spec.rules.0.host
        options:
          delimiter: "."
          index: 1
  - source:
      kind: ConfigMap
      name: cluster-info
      fieldPath: data.region
    targets:
      - select:
          kind: Deployment
        fieldPaths:
          - spec.template.metadata.annotations.region
        options:
          create: true
""")
    write(os.path.join(d, "cluster-info.yaml"), """apiVersion: v1
kind: ConfigMap
metadata:
  name: cluster-info
data:
  domain: apps.eu1.example.com
  region: eu-west-1
""")


def cluster(root, apps):
    d = os.path.join(root, "clusters", "prod-eu")
    replicas = "".join(f"  - name: {a}\n    count: {2 + i % 4}\n" for i, a in enumerate(apps[::5]))
    write(os.path.join(d, "kustomization.yaml"), KZ + f"""namePrefix: eu-
resources:
  - ../../envs/prod
commonAnnotations:
  cluster: prod-eu-1
  owner: platform
replicas:
{replicas}images:
  - name: fluent/fluent-bit
    newName: registry.example.com/mirror/fluent-bit
    newTag: "3.1.9"
patches:
  - target:
      kind: Deployment
    patch: |-
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: any
      spec:
        template:
          spec:
            containers:
              - name: log-shipper
                image: fluent/fluent-bit:3.1
                resources:
                  requests:
                    cpu: 10m
  - path: tolerations.yaml
    target:
      kind: Deployment
      labelSelector: tier=frontend
""")
    write(os.path.join(d, "tolerations.yaml"), """apiVersion: apps/v1
kind: Deployment
metadata:
  name: frontends
spec:
  template:
    spec:
      tolerations:
        - key: edge
          operator: Exists
          effect: NoSchedule
      nodeSelector:
        node-pool: edge
""")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--apps", type=int, default=170)
    parser.add_argument("--groups", type=int, default=10)
    args = parser.parse_args()
    apps = [f"app-{i:03d}" for i in range(args.apps)]
    for i, a in enumerate(apps):
        app_base(args.dir, a, i)
    groups = []
    for g in range(args.groups):
        members = apps[g :: args.groups]
        if members:
            name = f"group-{g:02d}"
            groups.append(name)
            group(args.dir, name, members)
    env(args.dir, groups, apps)
    cluster(args.dir, apps)
    print(os.path.join(args.dir, "clusters", "prod-eu"))


if __name__ == "__main__":
    main()
