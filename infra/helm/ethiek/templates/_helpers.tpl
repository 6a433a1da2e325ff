{{/*
Names. Every resource is named <release>-<part>, cut to 63 characters.
*/}}
{{- define "ethiek.fullname" -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}

{{- define "ethiek.kafkaName" -}}
{{- printf "%s-kafka" (include "ethiek.fullname" .) -}}
{{- end -}}

{{- define "ethiek.postgresName" -}}
{{- printf "%s-pg" (include "ethiek.fullname" .) -}}
{{- end -}}

{{/* The Kafka bootstrap address the services connect to (Strimzi's bootstrap Service). */}}
{{- define "ethiek.kafkaBootstrap" -}}
{{- printf "%s-kafka-bootstrap:9092" (include "ethiek.kafkaName" .) -}}
{{- end -}}

{{/* The credentials Secret of one database: ethiek.databaseSecret (dict "root" $ "database" "cases") */}}
{{- define "ethiek.databaseSecret" -}}
{{- $existing := get .root.Values.postgres.existingSecrets .database -}}
{{- if $existing -}}
{{- $existing -}}
{{- else -}}
{{- printf "%s-db-%s" (include "ethiek.fullname" .root) .database -}}
{{- end -}}
{{- end -}}

{{/*
Labels. Call with (dict "root" $ "component" "participation-service").
*/}}
{{- define "ethiek.selectorLabels" -}}
app.kubernetes.io/name: {{ .component }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "ethiek.labels" -}}
{{ include "ethiek.selectorLabels" . }}
app.kubernetes.io/component: {{ .component }}
app.kubernetes.io/part-of: ethiek
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end -}}

{{/*
The image of one process: ethiek.image (dict "root" $ "name" "participation-service").
*/}}
{{- define "ethiek.image" -}}
{{- $image := .root.Values.image -}}
{{- $tag := $image.tag | default .root.Chart.AppVersion | toString -}}
{{- if or (eq $tag "latest") (eq $tag "") -}}
{{- fail "image.tag must name a version: 'latest' or an empty tag is refused" -}}
{{- end -}}
{{- $path := printf "%s/%s" (trimSuffix "/" $image.repository) .name | trimPrefix "/" -}}
{{- if $image.registry -}}
{{- printf "%s/%s:%s" (trimSuffix "/" $image.registry) $path $tag -}}
{{- else -}}
{{- printf "%s:%s" $path $tag -}}
{{- end -}}
{{- end -}}

{{/* Values a province must set: rendering stops with a message naming the value. */}}
{{- define "ethiek.requiredValues" -}}
{{- $_ := required "participantToken.existingSecret is required: the name of a Secret holding the participant token key (32+ random characters)" .Values.participantToken.existingSecret -}}
{{- $_ := required "oidc.issuer is required: the staff OpenID Connect provider's issuer URL" .Values.oidc.issuer -}}
{{- $_ := required "oidc.clientId is required: the portal's client id at the OpenID Connect provider" .Values.oidc.clientId -}}
{{- $_ := required "oidc.existingSecret is required: the name of a Secret holding the portal's OIDC client secret" .Values.oidc.existingSecret -}}
{{- $_ := required "oidc.jwksUrl is required: the OpenID Connect provider's key set URL" .Values.oidc.jwksUrl -}}
{{- if .Values.portal.httpRoute.enabled -}}
{{- if not .Values.portal.httpRoute.hostnames -}}
{{- fail "portal.httpRoute.hostnames is required: the portal's public host name(s)" -}}
{{- end -}}
{{- if not .Values.portal.httpRoute.parentRefs -}}
{{- fail "portal.httpRoute.parentRefs is required: the Gateway that serves the portal" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* The OIDC redirect URI: the value, or https://<first hostname>/beheer/oidc/callback. */}}
{{- define "ethiek.oidcRedirectUri" -}}
{{- if .Values.oidc.redirectUri -}}
{{- .Values.oidc.redirectUri -}}
{{- else if .Values.portal.httpRoute.hostnames -}}
{{- printf "https://%s/beheer/oidc/callback" (first .Values.portal.httpRoute.hostnames) -}}
{{- else -}}
{{- fail "oidc.redirectUri is required when portal.httpRoute.hostnames is empty" -}}
{{- end -}}
{{- end -}}

{{/*
Pod parts shared by the four Deployments.
*/}}
{{- define "ethiek.podSecurity" -}}
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
automountServiceAccountToken: false
{{- with .Values.image.pullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{- define "ethiek.tmpVolume" -}}
- name: tmp
  emptyDir:
    sizeLimit: {{ .Values.tmpSizeLimit }}
{{- end -}}

{{- define "ethiek.tmpMount" -}}
- name: tmp
  mountPath: /tmp
{{- end -}}

{{/* Spread the replicas of one Deployment over nodes and zones where the cluster has them. */}}
{{- define "ethiek.topologySpread" -}}
topologySpreadConstraints:
  - maxSkew: 1
    topologyKey: kubernetes.io/hostname
    whenUnsatisfiable: ScheduleAnyway
    labelSelector:
      matchLabels:
        {{- include "ethiek.selectorLabels" . | nindent 8 }}
  - maxSkew: 1
    topologyKey: topology.kubernetes.io/zone
    whenUnsatisfiable: ScheduleAnyway
    labelSelector:
      matchLabels:
        {{- include "ethiek.selectorLabels" . | nindent 8 }}
{{- end -}}

{{/* Probes: ethiek.probes (dict "root" $ "liveness" "/health/liveness" "readiness" "/health/readiness") */}}
{{- define "ethiek.probes" -}}
{{- $p := .root.Values.probes -}}
startupProbe:
  httpGet:
    path: {{ .liveness }}
    port: http
  periodSeconds: {{ $p.startup.periodSeconds }}
  failureThreshold: {{ $p.startup.failureThreshold }}
livenessProbe:
  httpGet:
    path: {{ .liveness }}
    port: http
  periodSeconds: {{ $p.liveness.periodSeconds }}
  timeoutSeconds: {{ $p.liveness.timeoutSeconds }}
  failureThreshold: {{ $p.liveness.failureThreshold }}
readinessProbe:
  httpGet:
    path: {{ .readiness }}
    port: http
  periodSeconds: {{ $p.readiness.periodSeconds }}
  timeoutSeconds: {{ $p.readiness.timeoutSeconds }}
  failureThreshold: {{ $p.readiness.failureThreshold }}
{{- end -}}

{{/* Extra environment variables from a map: ethiek.extraEnv .Values.services.cases.env */}}
{{- define "ethiek.extraEnv" -}}
{{- range $name, $value := . }}
- name: {{ $name }}
  value: {{ $value | toString | quote }}
{{- end }}
{{- end -}}

{{/* Egress to HTTPS outside the cluster (the OIDC provider; the national register). */}}
{{- define "ethiek.externalHttpsEgress" -}}
{{- with .Values.networkPolicy.externalHttps }}
- to:
    {{- range . }}
    - ipBlock:
        {{- toYaml . | nindent 8 }}
    {{- end }}
  ports:
    - protocol: TCP
      port: 443
{{- end }}
{{- end -}}

{{/* Egress to the Kubernetes API server. */}}
{{- define "ethiek.kubeApiEgress" -}}
- to:
    {{- range .Values.networkPolicy.kubeApiServer.cidrs }}
    - ipBlock:
        cidr: {{ . }}
    {{- end }}
  ports:
    {{- range .Values.networkPolicy.kubeApiServer.ports }}
    - protocol: TCP
      port: {{ . }}
    {{- end }}
{{- end -}}
