package org.xxgk.rollup.ingest.remote;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;

import org.xxgk.rollup.run.RollupProperties;
import org.xxgk.rollup.ingest.FileHashPartitioner;
import org.xxgk.rollup.ingest.IngestConfiguration;
import org.xxgk.rollup.ingest.IngestProgress;

/**
 * Remote partitioning of the ingest (spring-batch-integration over RabbitMQ), only when {@code xxgk.ingest-mode} is
 * {@code remote} (the manager) or {@code worker}. The manager sends one request per partition to
 * {@value #QUEUE} and learns the partitions' outcome by polling the job repository, the database manager and workers
 * share; each worker runs the same {@code ingestFiles} chunk step the local mode runs on threads.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${xxgk.ingest-mode:local}' != 'local'")
@EnableIntegration
public class RemoteIngestConfiguration {

	/** One queue: a region's runs never overlap (RunLock), so requests of different runs do not mix. */
	public static final String QUEUE = "xxgk.ingest.partitions";

	static final long POLL_INTERVAL_MILLIS = 500;

	@Bean
	CachingConnectionFactory rabbitConnectionFactory(RollupProperties properties) {
		CachingConnectionFactory connectionFactory = new CachingConnectionFactory(properties.rabbitHost(),
				properties.rabbitPort());
		connectionFactory.setUsername(properties.rabbitUser());
		connectionFactory.setPassword(properties.rabbitPassword());
		return connectionFactory;
	}

	/** Declares {@link #QUEUE} whenever a connection opens. */
	@Bean
	RabbitAdmin rabbitAdmin(ConnectionFactory connectionFactory) {
		return new RabbitAdmin(connectionFactory);
	}

	@Bean
	Queue ingestPartitionQueue() {
		return new Queue(QUEUE, true);
	}

	@Bean
	DirectChannel ingestPartitionRequests() {
		return new DirectChannel();
	}

	// the manager

	@Bean
	@ConditionalOnProperty(name = "xxgk.ingest-mode", havingValue = "remote")
	Step ingestStep(JobRepository jobRepository, RollupProperties properties, IngestProgress ingestProgress,
			@Qualifier("ingestPartitionRequests") DirectChannel requests) {
		return new RemotePartitioningManagerStepBuilder(IngestConfiguration.STEP_NAME, jobRepository)
			.partitioner(IngestConfiguration.WORKER_STEP_NAME, new FileHashPartitioner())
			.gridSize(properties.ingestThreadCount())
			.outputChannel(requests)
			.pollInterval(POLL_INTERVAL_MILLIS)
			.timeout(properties.remoteTimeout().toMillis())
			.listener(ingestProgress)
			.build();
	}

	@Bean
	@ConditionalOnProperty(name = "xxgk.ingest-mode", havingValue = "remote")
	IntegrationFlow partitionRequestsToBroker(@Qualifier("ingestPartitionRequests") DirectChannel requests,
			ConnectionFactory connectionFactory) {
		return IntegrationFlow.from(requests)
			.transform(StepExecutionRequest.class, PartitionRequests::text)
			.handle(Amqp.outboundAdapter(new RabbitTemplate(connectionFactory)).routingKey(QUEUE))
			.get();
	}

	// a worker

	/** The builder {@link IngestConfiguration} builds the {@code ingestFiles} step with, in a worker. */
	@Bean
	@ConditionalOnProperty(name = "xxgk.ingest-mode", havingValue = "worker")
	RemotePartitioningWorkerStepBuilder ingestWorkerStepBuilder(JobRepository jobRepository, BeanFactory beanFactory,
			@Qualifier("ingestPartitionRequests") DirectChannel requests) {
		return new RemotePartitioningWorkerStepBuilder(IngestConfiguration.WORKER_STEP_NAME, jobRepository)
			.inputChannel(requests)
			.stepLocator((stepName) -> beanFactory.getBean("ingestFilesStep", Step.class))
			.beanFactory(beanFactory);
	}

	@Bean
	@ConditionalOnProperty(name = "xxgk.ingest-mode", havingValue = "worker")
	RemoteIngestWorker remoteIngestWorker(ConnectionFactory connectionFactory,
			@Qualifier("ingestPartitionRequests") DirectChannel requests,
			IntegrationFlowContext flows) {
		return new RemoteIngestWorker(connectionFactory, requests, flows);
	}

}
