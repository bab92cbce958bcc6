module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<15xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<15xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<15xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<15xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<15xf32>, %arg6: tensor<f32>, %arg7: tensor<i32> {iree.abi.output = 0 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<15xf32> {jax.result_info = "result[1]"}, tensor<15xf32> {jax.result_info = "result[2]"}, tensor<15xf32> {jax.result_info = "result[3]"}, tensor<15xf32> {jax.result_info = "result[4]"}) {
    %c = stablehlo.constant dense<3> : tensor<i32>
    %0 = call @floor_divide(%arg0, %c) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %1 = stablehlo.add %arg0, %c_0 : tensor<i32>
    %c_1 = stablehlo.constant dense<3> : tensor<i32>
    %2 = call @remainder(%1, %c_1) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.compare EQ, %2, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %5 = stablehlo.divide %arg5, %4 : tensor<15xf32>
    %6 = stablehlo.add %5, %arg4 : tensor<15xf32>
    %cst_3 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %7 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %8 = stablehlo.divide %6, %7 : tensor<15xf32>
    %9 = call @_where_0(%3, %8, %5) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %10 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %11 = call @_where_0(%3, %10, %6) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %12 = chlo.square %9 : tensor<15xf32> -> tensor<15xf32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %13 = stablehlo.reduce(%12 init: %cst_5) applies stablehlo.add across dimensions = [0] : (tensor<15xf32>, tensor<f32>) -> tensor<f32>
    %14 = stablehlo.optimization_barrier %13 : tensor<f32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %16 = stablehlo.reduce(%15 init: %cst_6) applies stablehlo.add across dimensions = [0] : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %17 = stablehlo.sqrt %16 : tensor<f32>
    %cst_7 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %18 = stablehlo.divide %cst_7, %17 : tensor<f32>
    %cst_8 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %19 = stablehlo.minimum %18, %cst_8 : tensor<f32>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %20 = stablehlo.multiply %cst_9, %19 : tensor<f32>
    %21 = stablehlo.bitcast_convert %17 : (tensor<f32>) -> tensor<i32>
    %c_10 = stablehlo.constant dense<2139095040> : tensor<i32>
    %22 = stablehlo.and %21, %c_10 : tensor<i32>
    %c_11 = stablehlo.constant dense<2139095040> : tensor<i32>
    %23 = stablehlo.compare NE, %22, %c_11, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst_12 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %24 = call @_where_1(%23, %20, %cst_12) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %25 = stablehlo.broadcast_in_dim %24, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %26 = stablehlo.multiply %9, %25 : tensor<15xf32>
    %c_13 = stablehlo.constant dense<1> : tensor<i32>
    %27 = stablehlo.add %0, %c_13 : tensor<i32>
    %28 = stablehlo.convert %27 : (tensor<i32>) -> tensor<f32>
    %cst_14 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %29 = stablehlo.abs %cst_14 : tensor<f32>
    %30 = stablehlo.power %29, %28 : tensor<f32>
    %31 = stablehlo.floor %28 : tensor<f32>
    %32 = stablehlo.compare EQ, %31, %28, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %33 = stablehlo.abs %28 : tensor<f32>
    %c_15 = stablehlo.constant dense<2> : tensor<i32>
    %34 = call @remainder_2(%33, %c_15) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_16 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %35 = stablehlo.compare EQ, %34, %cst_16, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %36 = stablehlo.and %32, %35 : tensor<i1>
    %cst_17 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %37 = stablehlo.compare LT, %cst_17, %cst_18, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %38 = stablehlo.and %37, %36 : tensor<i1>
    %39 = stablehlo.negate %30 : tensor<f32>
    %40 = call @_where_1(%38, %39, %30) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_19 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_20 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %41 = stablehlo.compare LT, %cst_19, %cst_20, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %42 = stablehlo.not %32 : tensor<i1>
    %43 = stablehlo.and %41, %42 : tensor<i1>
    %cst_21 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %44 = stablehlo.power %cst_21, %28 : tensor<f32>
    %45 = call @_where_1(%43, %44, %40) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %46 = stablehlo.compare EQ, %28, %cst_22, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_23 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %47 = call @_where_1(%46, %cst_23, %45) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_24 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %48 = stablehlo.abs %cst_24 : tensor<f32>
    %49 = stablehlo.power %48, %28 : tensor<f32>
    %50 = stablehlo.floor %28 : tensor<f32>
    %51 = stablehlo.compare EQ, %50, %28, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %52 = stablehlo.abs %28 : tensor<f32>
    %c_25 = stablehlo.constant dense<2> : tensor<i32>
    %53 = call @remainder_2(%52, %c_25) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_26 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %54 = stablehlo.compare EQ, %53, %cst_26, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %55 = stablehlo.and %51, %54 : tensor<i1>
    %cst_27 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %56 = stablehlo.compare LT, %cst_27, %cst_28, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %57 = stablehlo.and %56, %55 : tensor<i1>
    %58 = stablehlo.negate %49 : tensor<f32>
    %59 = call @_where_1(%57, %58, %49) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_29 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_30 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %60 = stablehlo.compare LT, %cst_29, %cst_30, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %61 = stablehlo.not %51 : tensor<i1>
    %62 = stablehlo.and %60, %61 : tensor<i1>
    %cst_31 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %63 = stablehlo.power %cst_31, %28 : tensor<f32>
    %64 = call @_where_1(%62, %63, %59) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_32 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %65 = stablehlo.compare EQ, %28, %cst_32, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_33 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %66 = call @_where_1(%65, %cst_33, %64) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_34 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %67 = stablehlo.subtract %cst_34, %66 : tensor<f32>
    %68 = stablehlo.sqrt %67 : tensor<f32>
    %69 = stablehlo.multiply %arg6, %68 : tensor<f32>
    %cst_35 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %70 = stablehlo.subtract %cst_35, %47 : tensor<f32>
    %71 = stablehlo.divide %69, %70 : tensor<f32>
    %72 = stablehlo.subtract %26, %arg2 : tensor<15xf32>
    %cst_36 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %74 = stablehlo.multiply %72, %73 : tensor<15xf32>
    %75 = stablehlo.add %arg2, %74 : tensor<15xf32>
    %76 = chlo.square %26 : tensor<15xf32> -> tensor<15xf32>
    %77 = stablehlo.subtract %76, %arg3 : tensor<15xf32>
    %cst_37 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %78 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %79 = stablehlo.multiply %77, %78 : tensor<15xf32>
    %80 = stablehlo.add %arg3, %79 : tensor<15xf32>
    %81 = stablehlo.broadcast_in_dim %71, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %82 = stablehlo.multiply %75, %81 : tensor<15xf32>
    %83 = stablehlo.sqrt %80 : tensor<15xf32>
    %cst_38 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %84 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<15xf32>
    %85 = stablehlo.add %83, %84 : tensor<15xf32>
    %86 = stablehlo.divide %82, %85 : tensor<15xf32>
    %87 = stablehlo.subtract %arg1, %86 : tensor<15xf32>
    %88 = call @_where_0(%3, %87, %arg1) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %89 = call @_where_0(%3, %75, %arg2) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %90 = call @_where_0(%3, %80, %arg3) : (tensor<i1>, tensor<15xf32>, tensor<15xf32>) -> tensor<15xf32>
    %c_39 = stablehlo.constant dense<1> : tensor<i32>
    %91 = stablehlo.add %arg0, %c_39 : tensor<i32>
    return %91, %88, %89, %90, %11 : tensor<i32>, tensor<15xf32>, tensor<15xf32>, tensor<15xf32>, tensor<15xf32>
  }
  func.func private @floor_divide(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %1 = stablehlo.divide %arg0, %0 : tensor<i32>
    %2 = stablehlo.sign %arg0 : tensor<i32>
    %3 = stablehlo.sign %0 : tensor<i32>
    %4 = stablehlo.compare NE, %2, %3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = stablehlo.remainder %arg0, %0 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare NE, %5, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.and %4, %6 : tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %8 = stablehlo.subtract %1, %c_0 : tensor<i32>
    %9 = call @_where(%7, %8, %1) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    return %9 : tensor<i32>
  }
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @remainder(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.remainder %arg0, %2 : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %4 = stablehlo.compare NE, %3, %c_1, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.compare LT, %3, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.compare NE, %5, %6, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %8 = stablehlo.and %7, %4 : tensor<i1>
    %9 = stablehlo.add %3, %2 : tensor<i32>
    %10 = stablehlo.select %8, %9, %3 : tensor<i1>, tensor<i32>
    return %10 : tensor<i32>
  }
  func.func private @_where_0(%arg0: tensor<i1>, %arg1: tensor<15xf32>, %arg2: tensor<15xf32>) -> tensor<15xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<15xf32>
    return %0 : tensor<15xf32>
  }
  func.func private @_where_1(%arg0: tensor<i1>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<f32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<f32>
    return %0 : tensor<f32>
  }
  func.func private @remainder_2(%arg0: tensor<f32>, %arg1: tensor<i32>) -> tensor<f32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.remainder %arg0, %0 : tensor<f32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2 = stablehlo.compare NE, %1, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.compare LT, %1, %cst_0, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4 = stablehlo.compare LT, %0, %cst_1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %5 = stablehlo.compare NE, %3, %4, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %6 = stablehlo.and %5, %2 : tensor<i1>
    %7 = stablehlo.add %1, %0 : tensor<f32>
    %8 = stablehlo.select %6, %7, %1 : tensor<i1>, tensor<f32>
    return %8 : tensor<f32>
  }
}
