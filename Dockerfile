# Vedika on the official Payara Micro 6 image (JDK 17).
#   ./mvnw -q package -DskipTests
#   docker build -t vedika .
#   docker run -p 8080:8080 --env-file config/vedika.env vedika
# Database settings come from the environment at run time (config/vedika.env.example lists them).
FROM payara/micro:6.2025.10-jdk17

# the server boot settings live outside the deployment folder, so Payara does not try to deploy them
COPY --chown=payara:payara config/pre-boot-commands.asadmin /opt/payara/config/pre-boot-commands.asadmin
# ... and a cluster node's (compose.yaml, docs/cluster.md): the same but the data grid on
COPY --chown=payara:payara config/pre-boot-commands-cluster.asadmin /opt/payara/config/pre-boot-commands-cluster.asadmin
COPY --chown=payara:payara config/system.properties /opt/payara/config/system.properties
COPY --chown=payara:payara config/jvm.options /opt/payara/config/jvm.options
COPY --chown=payara:payara target/vedika.war /opt/payara/deployments/vedika.war

# two glibc malloc arenas instead of eight per core: with Payara's thread pools a fifth less resident
# memory at the same throughput (docs/benchmarks.md, issue 17)
ENV MALLOC_ARENA_MAX=2
# the JVM settings the tests and bench/run use (code cache, thread stacks, G1's growth); the java
# launcher reads them from this variable, whatever the image's entrypoint adds (its heap share)
ENV JDK_JAVA_OPTIONS=@/opt/payara/config/jvm.options

EXPOSE 8080

# Replaces the image's CMD (--deploymentDir): deploy at context root "/", one instance, no phone-home.
# A cluster (sessions in Payara's data grid, HAProxy in front, a MariaDB replica) is compose.yaml's
# command instead: docs/cluster.md.
CMD ["--deploy", "/opt/payara/deployments/vedika.war", \
     "--contextroot", "/", \
     "--nocluster", \
     "--disablephonehome", \
     "--systemproperties", "/opt/payara/config/system.properties", \
     "--prebootcommandfile", "/opt/payara/config/pre-boot-commands.asadmin"]
