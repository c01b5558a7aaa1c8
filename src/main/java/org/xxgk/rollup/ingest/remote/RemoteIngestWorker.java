package org.xxgk.rollup.ingest.remote;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.integration.dsl.context.IntegrationFlowContext.IntegrationFlowRegistration;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.ChannelInterceptor;

/**
 * A worker process: takes partition requests from the broker one at a time and runs each on the {@code ingestFiles}
 * step, until stopped or (for tests and batch schedulers) idle for a given time. Says on its output which step
 * execution it worked on, so an operator (and the test) can see who did what.
 */
public class RemoteIngestWorker {

	private final ConnectionFactory connectionFactory;

	private final DirectChannel requests;

	private final IntegrationFlowContext flows;

	private final AtomicInteger busy = new AtomicInteger();

	private final AtomicInteger handled = new AtomicInteger();

	private final AtomicLong lastActivityNanos = new AtomicLong(System.nanoTime());

	private volatile boolean stopRequested;

	RemoteIngestWorker(ConnectionFactory connectionFactory, DirectChannel requests, IntegrationFlowContext flows) {
		this.connectionFactory = connectionFactory;
		this.requests = requests;
		this.flows = flows;
	}

	/**
	 * Serves partition requests until {@link #stop()} or {@code idleExit} (zero: never) without one; returns the
	 * number of partitions worked on.
	 */
	public int serve(Duration idleExit, PrintStream out) throws InterruptedException {
		long pid = ProcessHandle.current().pid();
		this.requests.addInterceptor(new ChannelInterceptor() {

			@Override
			public Message<?> preSend(Message<?> message, MessageChannel channel) {
				busy.incrementAndGet();
				return message;
			}

			@Override
			public void afterSendCompletion(Message<?> message, MessageChannel channel, boolean sent, Exception ex) {
				StepExecutionRequest request = (StepExecutionRequest) message.getPayload();
				handled.incrementAndGet();
				out.println("xxgk-rollup 工作进程 " + pid + "：分区 " + request.getStepName() + "（步骤执行号 "
						+ request.getStepExecutionId() + "）" + ((ex == null) ? "已完成" : "失败：" + ex.getMessage()));
				lastActivityNanos.set(System.nanoTime());
				busy.decrementAndGet();
			}

		});
		// the step runner first, then the broker's deliveries: a request never finds nobody to run it
		this.flows.getRegistry().values().forEach(IntegrationFlowRegistration::start);
		IntegrationFlow fromBroker = IntegrationFlow
			.from(Amqp.inboundAdapter(this.connectionFactory, RemoteIngestConfiguration.QUEUE)
				.configureContainer((container) -> container.prefetchCount(1)
					.concurrentConsumers(1)
					.defaultRequeueRejected(false)))
			.transform(String.class, PartitionRequests::request)
			.channel(this.requests)
			.get();
		IntegrationFlowRegistration listening = this.flows.registration(fromBroker).register();
		this.lastActivityNanos.set(System.nanoTime());
		out.println("xxgk-rollup 工作进程 " + pid + " 已就绪，等待队列 " + RemoteIngestConfiguration.QUEUE + " 中的读取分区");
		try {
			while (!this.stopRequested && !idleFor(idleExit)) {
				Thread.sleep(200);
			}
		}
		finally {
			listening.stop();
		}
		out.println("xxgk-rollup 工作进程 " + pid + " 退出，共处理 " + this.handled.get() + " 个分区");
		return this.handled.get();
	}

	private boolean idleFor(Duration idleExit) {
		return !idleExit.isZero() && this.busy.get() == 0
				&& System.nanoTime() - this.lastActivityNanos.get() >= idleExit.toNanos();
	}

	/** Stops taking requests (on SIGTERM); a partition in progress runs to its end first. */
	public void stop() {
		this.stopRequested = true;
	}

}
